package org.incidentdesk.installer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the installers of the OS it runs on from {@code target/incidentdesk.jar} and {@code target/lib}: jlink a
 * runtime with the modules jdeps finds (JavaFX's modular jars of this OS and their native libraries included),
 * jpackage an app image, train the JDK AOT cache on that image's own launcher and runtime, then jpackage the
 * installers from the trained image. Run by {@code mvn -Pinstaller package}; by hand:
 * {@code java installer/src/org/incidentdesk/installer/Packager.java --version 0.1.0 [--target target]
 * [--os linux|windows] [--dry-run] [--reuse-image]}. {@code --reuse-image} packs the image a previous run trained
 * (for work on the installer steps). {@code --dry-run} prints the jpackage command lines for {@code --os} and
 * builds nothing, so the Windows configuration can be checked on Linux.
 */
public final class Packager {
    private Packager() {
    }

    public static void main(String[] args) throws Exception {
        BuildSettings settings = BuildSettings.parse(args, Path.of("").toAbsolutePath());
        JpackageCommands commands = new JpackageCommands(settings);
        if (settings.dryRun()) {
            commands.appImage().print(System.out);
            for (JpackageCommands.Step step : commands.installers()) {
                step.print(System.out);
            }
            return;
        }
        Tools tools = new Tools(settings.work().resolve("logs"));
        Files.createDirectories(settings.work());
        AotCache aot = new AotCache(settings, tools);
        if (!settings.reuseImage()) {
            AppInput.prepare(settings);
            RuntimeImage.build(settings, tools);
            Tools.deleteTree(settings.imageParent());
            tools.jpackage(commands.appImage());
            aot.train();
            aot.enableInLaunchers();
        }
        aot.verifyUsed(settings.appImage());
        for (JpackageCommands.Step step : commands.installers()) {
            if (!step.available()) {
                System.out.println("[installer] skipped " + step.type() + ": " + step.missing());
                continue;
            }
            tools.jpackage(step);
            if (step.type().startsWith("deb")) { // the cache must survive the move to /opt; then the UOS variant
                Path deb = DebPackages.find(settings);
                DebPackages.restoreTrainedTimes(deb, settings, tools);
                aot.verifyUsed(DebPackages.extractApp(deb, settings.work().resolve("deb-check"), tools));
                UosPackage.build(settings, tools);
            }
        }
        System.out.println("[installer] done: " + settings.packages());
    }
}

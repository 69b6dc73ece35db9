package org.incidentdesk.service.plan.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanWriterFileTest {
    @TempDir
    Path dir;

    @Test
    void aWrittenPlanReadsBackAndIsPrivateToTheUser() throws IOException {
        ContingencyPlan plan = PlanReader.readResource("/org/incidentdesk/plans/county.yaml");
        Path file = dir.resolve("county.yaml");

        PlanWriter.writeFile(plan, file);

        assertEquals(plan, PlanReader.read(file));
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions");
        // issue 20: what the program writes is the user's alone (0600), whatever the umask
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    }
}

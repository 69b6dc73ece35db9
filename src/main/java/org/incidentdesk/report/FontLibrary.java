package org.incidentdesk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the face for each {@link FontRole}: the office's customary font when it is installed (仿宋_GB2312,
 * 楷体_GB2312, 黑体, 方正小标宋, 宋体 in the usual Windows and Linux font folders), otherwise a shipped
 * open-licensed substitute. Faces are parsed once and kept; a character a face lacks is set in the fallback face
 * (AR PL UMing, which also covers CJK Extension A and part of B), and a character beyond the Basic Multilingual
 * Plane that UMing lacks too (杨𠮷's 𠮷, U+20BB7) in IncidentDesk Rare Han, a subset of HanaMinB for CJK Extension B
 * and beyond. Parsing reads files: never on the JavaFX thread.
 */
public final class FontLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(FontLibrary.class);

    /** A shipped face: its file name and, for a collection, the face's PostScript name. */
    private record Shipped(String family, String resource, String faceName) {
    }

    private static final Shipped UMING = new Shipped("AR PL UMing CN", "ar-pl-uming.ttc", "UMingCN");
    private static final Shipped WENKAI = new Shipped("LXGW WenKai 霞鹜文楷", "lxgw-wenkai-regular.ttf", null);
    private static final Shipped MICROHEI = new Shipped("WenQuanYi Micro Hei 文泉驿微米黑", "wqy-microhei.ttc",
            "WenQuanYiMicroHei");
    /** Parsed only when a document has a character from U+20000 on that the other faces lack. */
    private static final Shipped RARE_HAN = new Shipped("IncidentDesk Rare Han", "IncidentDeskRareHan.ttf", null);
    private static final Map<FontRole, Shipped> SUBSTITUTES = Map.of(
            FontRole.FANGSONG, UMING,
            FontRole.KAITI, WENKAI,
            FontRole.HEITI, MICROHEI,
            FontRole.XIAOBIAOSONG, UMING,
            FontRole.SONGTI, UMING);

    private final List<Path> fontDirectories;
    /** Chosen on first use: every command and the window make a library, few of them set a form. */
    private Map<FontRole, FontChoice> choices;
    private final Map<String, FontFace> loaded = new HashMap<>();
    private final ShippedFonts shipped;

    /**
     * Looks for customary fonts in {@code fontDirectories} (none: always the shipped substitutes); the shipped faces
     * are read where {@code -Dincidentdesk.fonts} says, else from the jar.
     */
    public FontLibrary(List<Path> fontDirectories) {
        this(fontDirectories, ShippedFonts.fromSystemProperty());
    }

    public FontLibrary(List<Path> fontDirectories, ShippedFonts shipped) {
        this.shipped = shipped;
        this.fontDirectories = List.copyOf(fontDirectories);
    }

    /**
     * Which face serves each role, chosen the first time it is asked: choosing walks the font folders and parses
     * each customary face found (to see whether PDFBox can embed it), which every command paid at start, even
     * {@code incident list}, on an office computer with the customary fonts installed.
     */
    private synchronized Map<FontRole, FontChoice> choices() {
        if (choices == null) {
            Map<String, Path> installed = indexFontFiles(fontDirectories);
            Map<FontRole, FontChoice> chosen = new EnumMap<>(FontRole.class);
            for (FontRole role : FontRole.values()) {
                chosen.put(role, choose(role, installed));
            }
            choices = chosen;
        }
        return choices;
    }

    /** The usual font folders of Windows and Linux for this user. */
    public static List<Path> systemFontDirectories() {
        List<Path> dirs = new ArrayList<>();
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            dirs.add(Path.of(windir, "Fonts"));
        }
        String localAppData = System.getenv("LOCALAPPDATA");
        if (localAppData != null) {
            dirs.add(Path.of(localAppData, "Microsoft", "Windows", "Fonts"));
        }
        String home = System.getProperty("user.home");
        dirs.add(Path.of("/usr/share/fonts"));
        dirs.add(Path.of("/usr/local/share/fonts"));
        if (home != null) {
            dirs.add(Path.of(home, ".local", "share", "fonts"));
            dirs.add(Path.of(home, ".fonts"));
        }
        return dirs;
    }

    /** Which face serves each role, in role order. */
    public List<FontChoice> mapping() {
        return List.copyOf(choices().values());
    }

    public FontChoice choice(FontRole role) {
        return choices().get(role);
    }

    synchronized FontFace face(FontRole role) {
        FontChoice choice = choices().get(role);
        return loaded.computeIfAbsent(choice.source(), source -> load(choice));
    }

    synchronized FontFace fallback() {
        return loaded.computeIfAbsent(shipped.location(UMING.resource()), source -> loadShipped(UMING));
    }

    synchronized FontFace rareHanFallback() {
        return loaded.computeIfAbsent(shipped.location(RARE_HAN.resource()), source -> loadShipped(RARE_HAN));
    }

    /** The faces tried, in order, for a character its role's face lacks. */
    public List<FontFallback> fallbacks() {
        return List.of(new FontFallback(UMING.family(), shipped.location(UMING.resource()), false),
                new FontFallback(RARE_HAN.family(), shipped.location(RARE_HAN.resource()), true));
    }

    private FontChoice choose(FontRole role, Map<String, Path> installed) {
        for (String file : role.customaryFiles()) {
            Path path = installed.get(file.toLowerCase(Locale.ROOT));
            if (path != null && embeddable(path)) {
                return new FontChoice(role, stripExtension(path.getFileName().toString()), path.toString(), false);
            }
        }
        Shipped substitute = SUBSTITUTES.get(role);
        return new FontChoice(role, substitute.family(), shipped.location(substitute.resource()), true);
    }

    /** PDFBox embeds TrueType outlines only; an OpenType font with CFF outlines is passed over. */
    private static boolean embeddable(Path path) {
        try {
            TrueTypeFont font = parseFile(path);
            boolean ok = !(font instanceof OpenTypeFont otf && otf.isPostScript());
            if (!ok) {
                LOG.info("font {} has CFF outlines, which PDFBox cannot embed; using the substitute", path);
            }
            return ok;
        } catch (IOException | RuntimeException e) {
            LOG.warn("font {} cannot be read: {}", path, e.toString());
            return false;
        }
    }

    private FontFace load(FontChoice choice) {
        if (!choice.substitute()) {
            try {
                return new FontFace(choice.family(), parseFile(Path.of(choice.source())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + choice.source(), e);
            }
        }
        return loadShipped(SUBSTITUTES.get(choice.role()));
    }

    /**
     * A face shipped as a file is parsed from the file; from the jar it is parsed from the entry's stream. FontBox
     * copies the whole face into one array as it parses (every face, file or not), so the jar's bytes are handed to
     * it as they are read: read into an array first, a face was in memory three times over (and the 首报, which
     * needs 楷体 as well, parsed 42 MB of faces into some 150 MB of copies).
     */
    private FontFace loadShipped(Shipped face) {
        try {
            Optional<Path> file = shipped.file(face.resource());
            TrueTypeFont font;
            if (face.faceName() != null) {
                if (file.isPresent()) {
                    font = new TrueTypeCollection(file.get().toFile()).getFontByName(face.faceName());
                } else {
                    try (InputStream in = shipped.open(face.resource())) {
                        font = new TrueTypeCollection(in).getFontByName(face.faceName());
                    }
                }
            } else if (file.isPresent()) {
                font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.get().toFile()));
            } else {
                try (InputStream in = shipped.open(face.resource())) {
                    font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                }
            }
            if (font == null) {
                throw new IllegalStateException("face " + face.faceName() + " missing in " + face.resource());
            }
            return new FontFace(face.family(), font);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shipped font " + face.resource(), e);
        }
    }

    private static TrueTypeFont parseFile(Path path) throws IOException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            return Optional.ofNullable(first[0]).orElseThrow(() -> new IOException("empty collection " + path));
        }
        return new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
    }

    private static Map<String, Path> indexFontFiles(List<Path> directories) {
        Map<String, Path> files = new HashMap<>();
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir, 4)) {
                walk.filter(Files::isRegularFile)
                        .forEach(p -> files.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException | UncheckedIOException e) {
                LOG.warn("font folder {} not readable: {}", dir, e.toString());
            }
        }
        return files;
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}

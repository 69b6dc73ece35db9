package org.incidentdesk.service.roster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Toneless pinyin of the Han characters pinyin4j does not know: CJK Extension A, Extension B and beyond (𠮷 →
 * ji), from the Unicode Han Database (see {@code rare-pinyin.txt} and the script in tools/rare-pinyin). Read once
 * from the jar, on first use.
 */
final class RarePinyin {
    private static final String RESOURCE = "rare-pinyin.txt";

    private RarePinyin() {
    }

    private static final class Table {
        static final Map<Integer, String> READINGS = load();
    }

    static Optional<String> of(int codePoint) {
        return Optional.ofNullable(Table.READINGS.get(codePoint));
    }

    private static Map<Integer, String> load() {
        Map<Integer, String> readings = new HashMap<>();
        try (InputStream in = RarePinyin.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("pinyin table missing: " + RESOURCE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" ");
                for (int i = 1; i < parts.length; i++) {
                    readings.put(Integer.parseInt(parts[i], 16), parts[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(readings);
    }
}

package org.incidentdesk.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the command line prints goes through this: a control character (ESC starts an escape sequence that can
 * clear or retitle the terminal, BEL rings) or a text-direction override quoted back from a bad argument is
 * printed as "?", so a refused input cannot act on the terminal of whoever runs the command. Line breaks and tabs
 * pass; JSON output escapes its own control characters before it gets here.
 */
final class TerminalSafeWriter extends FilterWriter {
    private TerminalSafeWriter(Writer out) {
        super(out);
    }

    static PrintWriter wrap(PrintWriter out) {
        return new PrintWriter(new TerminalSafeWriter(out), true);
    }

    static boolean acts(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r'
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F;
    }

    @Override
    public void write(int c) throws IOException {
        out.write(acts(c) ? '?' : c);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        char[] safe = new char[length];
        for (int i = 0; i < length; i++) {
            char c = buffer[offset + i];
            safe[i] = acts(c) ? '?' : c;
        }
        out.write(safe, 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}

package org.incidentdesk.service.importing;

/**
 * Whether GB18030-valid bytes read like Chinese text written in GBK. Chinese office text is almost wholly made of
 * GB2312's punctuation rows (lead byte A1–A3) and hanzi rows (B0–F7), both with a second byte A1–FE; the rare
 * characters of GBK's extension areas appear now and then in names. Big5 text puts about half its characters
 * outside those rows (second bytes 40–7E, lead bytes A4–AF) and Shift-JIS nearly all (lead bytes 81–9F), so a
 * file where more than a quarter of the two-byte characters fall outside is not GBK.
 */
final class GbkLikeness {
    private static final double MAX_OUTSIDE = 0.25;

    private long common;
    private long outside;
    private int pendingLead = -1;
    private int skipFourByteTail;

    /** Looks at the next {@code length} bytes of the file. */
    void scan(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            int b = bytes[i] & 0xFF;
            if (skipFourByteTail > 0) {
                skipFourByteTail--;
            } else if (pendingLead >= 0) {
                classify(pendingLead, b);
                pendingLead = -1;
            } else if (b >= 0x81 && b <= 0xFE) {
                pendingLead = b;
            }
        }
    }

    private void classify(int lead, int trail) {
        if (trail >= 0x30 && trail <= 0x39) {
            skipFourByteTail = 2; // a four-byte GB18030 character: valid, neither common nor a sign of Big5
            return;
        }
        boolean gb2312 = (lead >= 0xA1 && lead <= 0xA3 || lead >= 0xB0 && lead <= 0xF7) && trail >= 0xA1 && trail <= 0xFE;
        if (gb2312) {
            common++;
        } else {
            outside++;
        }
    }

    boolean looksLikeGbk() {
        long total = common + outside;
        return total == 0 || outside <= MAX_OUTSIDE * total;
    }
}

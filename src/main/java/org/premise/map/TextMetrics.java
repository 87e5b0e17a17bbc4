package org.premise.map;

/**
 * How wide a line of text is, from font metrics, so a box fits its caption without a font or
 * a display: the wider of Helvetica (whose widths Arial and Liberation Sans share) and DejaVu
 * Sans (what Linux browsers fall back to when those are missing, about a sixth wider), so a
 * caption fits on either and is a little roomy on the first. Java's own font measurement is not
 * used on purpose: it needs AWT and the fonts installed, and would make the same map lay out
 * differently on two machines.
 */
final class TextMetrics {
    private TextMetrics() {}

    /** Advance widths of ASCII 32..126 in thousandths of an em, Helvetica's (its AFM). */
    private static final short[] HELVETICA = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584       // p-z { | } ~
    };

    /** The same for DejaVu Sans (measured from DejaVuSans.ttf, rounded). */
    private static final short[] DEJAVU = {
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
        1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838
    };

    /** The width of {@code text} at {@code fontSize} (in the same unit, pixels here); bold is about a tenth wider. */
    static double width(String text, double fontSize, boolean bold) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            em += advance(c);
        }
        return em * fontSize / 1000 * (bold ? 1.1 : 1);
    }

    static double width(String text, double fontSize) {
        return width(text, fontSize, false);
    }

    private static int advance(int c) {
        if (c >= 32 && c <= 126) return Math.max(HELVETICA[c - 32], DEJAVU[c - 32]);
        switch (c) {
            case '…', '—', '‰': return 1000;
            case '–': return 556;
            case '“', '”', '„': return 518;
            case '•': return 350;
            case '‘', '’', '‚', '·': return 318;
            default: break;
        }
        if (Character.isIdeographic(c) || isWide(c)) return 1000;
        if (Character.getType(c) == Character.NON_SPACING_MARK) return 0;
        return 640;
    }

    /** Hangul, kana, full-width forms and emoji: drawn a full em wide. */
    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF);
    }
}

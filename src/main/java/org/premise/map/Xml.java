package org.premise.map;

/**
 * Text made safe for XML, for the SVG and GraphML writers: markup characters become entity
 * references, so a statement whose text is {@code <img src=x onerror=alert(1)>} is drawn as
 * those characters and never read as an element; characters XML 1.0 cannot carry at all
 * (most control characters, lone surrogates, U+FFFE and U+FFFF) become U+FFFD, so the
 * document stays well-formed whatever the knowledge base holds.
 */
final class Xml {
    private Xml() {}

    /** For element content and for attribute values in double quotes: {@code & < > "} escaped. */
    static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\t' -> "&#9;";
                case '\n' -> "&#10;";
                case '\r' -> "&#13;";
                default -> allowed(s, i) ? null : "\uFFFD";
            };
            if (replacement == null) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            b.append(replacement);
        }
        return b == null ? s : b.toString();
    }

    /** Whether the char at {@code i} may appear in an XML 1.0 document (a surrogate only as half of a pair). */
    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) return false;
        if (c == 0xFFFE || c == 0xFFFF) return false;
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        return true;
    }
}

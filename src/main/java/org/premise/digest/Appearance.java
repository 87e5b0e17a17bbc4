package org.premise.digest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a statement appears in a digest: the block, the section (1-based, sections only,
 * else 0) and the position (1-based within the block, or within the section). Its code is
 * the name used in {@code .keys} files: {@code T3}, {@code S2.4}, {@code U1}.
 */
public record Appearance(Block block, int section, int position) {
    private static final Pattern CODE = Pattern.compile("([TU])([1-9][0-9]{0,8})|S([1-9][0-9]{0,8})\\.([1-9][0-9]{0,8})");

    public Appearance {
        if (block == null) throw new IllegalArgumentException("block is required");
        if (position < 1) throw new IllegalArgumentException("position is 1-based: " + position);
        if (block == Block.SECTIONS ? section < 1 : section != 0) {
            throw new IllegalArgumentException("section index is 1-based for sections and 0 otherwise: " + section);
        }
    }

    /** The n-th key takeaway. */
    public static Appearance takeaway(int n) { return new Appearance(Block.TAKEAWAYS, 0, n); }

    /** The b-th bullet of the s-th section. */
    public static Appearance sectionBullet(int s, int b) { return new Appearance(Block.SECTIONS, s, b); }

    /** The n-th unknown. */
    public static Appearance unknown(int n) { return new Appearance(Block.UNKNOWNS, 0, n); }

    /** Parses a code such as {@code T1}, {@code S1.3} or {@code U5}; null when it is not one. */
    public static Appearance parseCode(String code) {
        Matcher m = CODE.matcher(code);
        if (!m.matches()) return null;
        if (m.group(1) != null) {
            int n = Integer.parseInt(m.group(2));
            return m.group(1).equals("T") ? takeaway(n) : unknown(n);
        }
        return sectionBullet(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }

    /** The code users write: {@code T1}, {@code S1.3}, {@code U5}. */
    public String code() {
        return switch (block) {
            case TAKEAWAYS -> "T" + position;
            case SECTIONS -> "S" + section + "." + position;
            case UNKNOWNS -> "U" + position;
        };
    }

    @Override
    public String toString() { return code(); }
}

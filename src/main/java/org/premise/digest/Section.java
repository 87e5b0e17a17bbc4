package org.premise.digest;

import java.util.List;
import java.util.Objects;

/**
 * One section of a research digest: its title line and the bullets under it, in the order
 * written. A section may have no bullets, and its title may repeat the document title.
 */
public record Section(String title, List<String> bullets) {
    public Section {
        Objects.requireNonNull(title, "title");
        bullets = List.copyOf(bullets);
        Digest.requireSectionTitle(title);
        bullets.forEach(b -> Digest.requireBulletText("section bullet", b));
    }
}

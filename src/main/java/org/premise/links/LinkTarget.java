package org.premise.links;

import java.util.List;
import java.util.Optional;

/**
 * A dataset that Premise's link sets point into, known by the URI space of its entities.
 * The known ones are Wikidata and DBpedia; an entity in any other URI space is described by
 * its namespace alone.
 *
 * @param slug            a short name, used in the IRIs {@code premise void} mints
 * @param title           the dataset's name
 * @param uriSpace        the namespace of its entity IRIs
 * @param homepage        its home page, or null
 * @param sparqlEndpoint  its public SPARQL endpoint, or null
 */
public record LinkTarget(String slug, String title, String uriSpace, String homepage, String sparqlEndpoint) {
    /** The datasets whose URI spaces Premise knows. */
    public static final List<LinkTarget> KNOWN = List.of(
            new LinkTarget("wikidata", "Wikidata", "http://www.wikidata.org/entity/", "https://www.wikidata.org/",
                    "https://query.wikidata.org/sparql"),
            new LinkTarget("dbpedia", "DBpedia", "http://dbpedia.org/resource/", "https://www.dbpedia.org/",
                    "https://dbpedia.org/sparql"));

    /** The known dataset whose URI space holds this IRI, if any. */
    public static Optional<LinkTarget> known(String iri) {
        return KNOWN.stream().filter(t -> iri.startsWith(t.uriSpace())).findFirst();
    }

    /** The dataset holding this IRI: a known one, or one described by the IRI's namespace. */
    public static LinkTarget of(String iri) {
        return known(iri).orElseGet(() -> {
            int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
            String space = cut > 0 ? iri.substring(0, cut + 1) : iri;
            String slug = space.replaceFirst("^[a-z]+://", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
            return new LinkTarget(slug, null, space, null, null);
        });
    }
}

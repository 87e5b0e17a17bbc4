package org.premise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.premise.app.Workspaces;
import org.premise.kb.SourceSpec;
import org.premise.reason.DerivationService;
import org.premise.server.PremiseServer;
import org.premise.server.ServerOptions;

/**
 * Issue 10, finding 1, in a real browser: against {@code premise serve --update}, the page at
 * {@code /} still writes, another site's page cannot (its form POST reaches the server and is
 * refused), and a DNS-rebound name cannot read. Needs node, playwright-core and Chromium (see
 * {@link NodeTools}).
 */
class CrossSiteBrowserTest {
    @Test
    void anotherSitesPageCannotWriteAndTheServersOwnPageCan() throws Exception {
        NodeTools.require(true, "playwright-core");
        PremiseServer server = PremiseServer.serve(DerivationService.inMemory(Workspaces.inMemory(SourceSpec.bundled())),
                ServerOptions.defaults().withPort(0).withUpdate(true));
        try {
            NodeTools.Run run = NodeTools.node("cross-site-check.mjs", Integer.toString(server.port()));
            assertEquals(0, run.exit(), () -> "cross-site-check.mjs failed:\n" + run.output());
            NodeTools.assertPrinted(run, "ok the server's own page may POST an update (same origin)");
            NodeTools.assertPrinted(run, "ok and the cross-site write is not stored");
            NodeTools.assertPrinted(run, "PASS");
        } finally {
            server.stop();
        }
    }
}

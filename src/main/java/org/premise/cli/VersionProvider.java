package org.premise.cli;

import picocli.CommandLine;

/** Reports the version recorded in the jar's manifest (or "development" when run from classes). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = PremiseCommand.class.getPackage().getImplementationVersion();
        return new String[] {"premise " + (version == null ? "development" : version)
                + " (Apache Jena 5.6.0, Java " + System.getProperty("java.version") + ")"};
    }
}

package org.presslens.cli;

import org.presslens.core.Presslens;
import picocli.CommandLine;

/** Supplies {@code --version} for every command. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"presslens " + Presslens.version(),
                "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name")};
    }
}

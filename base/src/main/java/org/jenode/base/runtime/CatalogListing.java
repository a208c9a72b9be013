package org.jenode.base.runtime;

import java.util.ServiceLoader;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;

/**
 * The main class of the short-lived process that tells a parent which binaries a user's jar registers
 * ({@link JarCatalog}): it prints {@link #PREFIX} and the name of each binary of the catalogs on the class
 * path (the jar's; Jenode's own are in named modules), one a line, and exits. The jar's code, its
 * catalog's constructor included, runs only here, never in the parent, and with no more privileges than
 * a child's ({@link Privileges}).
 */
public final class CatalogListing {

    static final String PREFIX = "jenode-binary ";

    private CatalogListing() { }

    public static void main(String[] args) {
        Privileges.hide();
        Privileges.drop();
        for (BinaryCatalog catalog : ServiceLoader.load(BinaryCatalog.class)) {
            if (catalog.getClass().getModule().isNamed()) continue;
            for (Binary binary : catalog.binaries()) System.out.println(PREFIX + binary.name());
        }
        System.exit(0);
    }
}

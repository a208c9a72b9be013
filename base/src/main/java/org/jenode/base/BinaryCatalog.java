package org.jenode.base;

import java.util.List;

/**
 * The binaries a module contributes, found with {@link java.util.ServiceLoader}: each module names its
 * catalog in its descriptor, {@code provides org.jenode.base.BinaryCatalog with ...}.
 */
public interface BinaryCatalog {

    List<Binary> binaries();
}

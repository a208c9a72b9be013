package org.jenode.base;

import java.util.List;

/**
 * The binaries a module contributes, found with {@link java.util.ServiceLoader}: each module lists its
 * catalog in {@code META-INF/services/org.jenode.base.BinaryCatalog}.
 */
public interface BinaryCatalog {

    List<Binary> binaries();
}

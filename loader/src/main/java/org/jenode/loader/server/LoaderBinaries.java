package org.jenode.loader.server;

import java.util.List;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;

/** The binary {@code loader}, a parent: it starts its clients' subsystems as its children. */
public final class LoaderBinaries implements BinaryCatalog {

    @Override public List<Binary> binaries() { return List.of(Binary.parent("loader", Loader::new)); }
}

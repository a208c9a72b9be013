package org.example.greeter;

import java.util.List;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;

/** Registers the greeter under its binary name, as Jenode's own modules register theirs. */
public final class GreeterBinaries implements BinaryCatalog {

    @Override public List<Binary> binaries() { return List.of(new Binary("greeter", Greeter::new)); }
}

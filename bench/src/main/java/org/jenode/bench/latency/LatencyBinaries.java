package org.jenode.bench.latency;

import java.util.List;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;

/** The input-latency benchmark's client, found by a child's JVM as by the benchmark's. */
public final class LatencyBinaries implements BinaryCatalog {

    /** The client's binary name, for the benchmark's scenario. */
    public static final String CLIENT = LatencyClient.BINARY;

    @Override public List<Binary> binaries() { return List.of(new Binary(CLIENT, LatencyClient::new)); }
}

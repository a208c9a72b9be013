package org.jenode.bench.sandbox;

import java.util.List;
import org.jenode.base.Binary;
import org.jenode.base.BinaryCatalog;

/** The components of {@code ./jenode bench sandbox}, found by a child's JVM as by init's. */
public final class SandboxBinaries implements BinaryCatalog {

    @Override public List<Binary> binaries() {
        return List.of(new Binary("ping_server", PingServer::new), new Binary("call_probe", CallProbe::new),
                new Binary("refresh_probe", RefreshProbe::new), new Binary("start_probe", StartProbe::new));
    }
}

package org.jenode.base.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jenode.base.Binary;
import org.jenode.base.Entrypoint;
import org.jenode.base.WaitGraph;
import org.jenode.base.core.Binaries;
import org.jenode.base.runtime.wire.Message;
import org.jenode.base.runtime.wire.UnixSocket;
import org.jenode.base.runtime.wire.Wire;
import org.jenode.base.runtime.wire.WireException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main class of a child's process: connects to the socket its parent named, takes the start message
 * (name, label, binary, quantum), finds the binary among this JVM's catalogs (the same module path as the
 * parent's) and runs its component on an entrypoint of its own, with a {@link RemoteEnv}. The process
 * ends when the parent says stop (after the component closed), or when the socket closes: a child never
 * outlives its parent. Before anything else it makes itself non-dumpable and gives up every capability
 * ({@link Privileges}); a thread that still holds one is a fault, and the component does not run.
 */
public final class SandboxMain {

    /** How long a component that was told to stop may take to close before the process ends anyway. */
    private static final long STOP_GRACE_MS = 1500;

    private SandboxMain() { }

    public static void main(String[] args) throws IOException {
        Privileges.hide();
        Privileges.drop();
        UnixSocket socket = UnixSocket.connect(Path.of(args[0]));
        long parent = socket.peerPid();
        Wire wire = new Wire(socket);
        Message.Start start;
        try {
            if (!(wire.receive() instanceof Message.Start s)) throw new WireException("the first message is not Start");
            start = s;
        } catch (WireException e) {
            System.err.println("jenode child: the parent broke the protocol: " + e.getMessage());
            System.exit(ParentLink.BROKEN_PARENT);
            return;
        }
        Logger log = LoggerFactory.getLogger(start.label());
        Entrypoint ep = new Entrypoint(start.label(), new WaitGraph());
        RemoteEnv[] env = new RemoteEnv[1];
        ParentLink link = new ParentLink(wire, parent, ep, log, () -> stop(env[0], ep));
        env[0] = new RemoteEnv(start.name(), start.label(), start.quota(), ep, link);
        ep.onFault(link::faulted);
        List<String> privileged = Privileges.privilegedThreads();
        Optional<Binary> binary = Binaries.discover().find(start.binary());
        if (!privileged.isEmpty()) link.faulted(new IllegalStateException("threads of its process hold capabilities: " + privileged));
        else if (binary.isEmpty()) link.faulted(new IllegalStateException("no binary '" + start.binary() + "' in the catalogs of its process"));
        else env[0].start(binary.get());
        link.read();
        System.exit(0);
    }

    /** The parent said stop: the component closes on its entrypoint, then the process ends. */
    private static void stop(RemoteEnv env, Entrypoint ep) {
        env.stop();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                ep.join(STOP_GRACE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(0);
        });
    }
}

package org.jenode.base.parent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jenode.base.Binary;
import org.jenode.base.Component;
import org.jenode.base.Env;
import org.jenode.base.Labels;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.SessionClosedException;
import org.jenode.base.core.Core;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.rom.RomModule;
import org.jenode.base.rom.RomSession;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.jenode.base.timer.TimerSession;
import org.junit.jupiter.api.Test;

/**
 * A parent other than init, written against the exported API only, as the loader will be: it starts a
 * Timer server and a client from binaries, routes the client's requests by a policy of its own (waiting
 * for the server's announcement without blocking), hands the client its config ROM and reconfigures it,
 * refuses an announcement it made up, and kills the client with a reason. Every policy call arrives on
 * the parent's own entrypoint.
 */
class ParentApiTest {

    /** The parent; its state is touched on its entrypoint only. */
    private static final class Host implements Component {
        final Env env;
        final RomModule clientConfig = new RomModule("config");
        final List<String> offEntrypoint = new ArrayList<>();
        final List<CompletableFuture<Route>> waiting = new ArrayList<>();
        Optional<Announcement> timer = Optional.empty();
        final ChildHandle client;

        Host(Env env, Children children, Binary clientBinary) {
            this.env = env;
            clientConfig.set("<config level=\"1\"/>");
            assertThat(children.binary("no such program")).isEmpty();
            client = children.start(new ChildSpec("client", clientBinary, env.ram().split(256 * 1024, "client"), clientConfig),
                    new ClientPolicy());
            children.start(new ChildSpec("clock", children.binary("timer").orElseThrow(), env.ram().split(64 * 1024, "clock"),
                    new RomModule("config")), new ClockPolicy());
        }

        void check(String what) { if (!env.ep().isCurrent()) offEntrypoint.add(what); }

        private final class ClientPolicy implements ChildPolicy {
            @Override public Route route(RouteRequest request) {
                check("route");
                if (request.label().equals("config")) return new Route.OwnConfig();
                if (request.label().equals("forged")) return new Route.ToService(new Forged(), "x");
                if (request.type() != TimerSession.class) return new Route.ToParent(Labels.prefixed("client", request.label()));
                if (timer.isPresent()) return new Route.ToService(timer.get(), "from host");
                CompletableFuture<Route> later = new CompletableFuture<>();
                waiting.add(later);
                return new Route.Pending(later, "the clock");
            }

            @Override public void announced(Announcement announcement) { }

            @Override public void ended(Ending ending) { }
        }

        private final class ClockPolicy implements ChildPolicy {
            @Override public Route route(RouteRequest request) {
                return new Route.ToParent(Labels.prefixed("clock", request.label()));
            }

            @Override public void announced(Announcement announcement) {
                check("announced");
                timer = Optional.of(announcement);
                waiting.forEach(w -> w.complete(new Route.ToService(announcement, "from host")));
                waiting.clear();
            }

            @Override public void ended(Ending ending) { }
        }
    }

    private record Forged() implements Announcement {
        @Override public String service() { return "ROM"; }

        @Override public String server() { return "init -> host -> clock"; }
    }

    @Test
    void aParentStartsRoutesReconfiguresAndKillsThroughTheApi() throws Exception {
        CompletableFuture<Host> host = new CompletableFuture<>();
        Probe client = new Probe("client");
        Binary hostBinary = Binary.parent("host", (env, children) -> {
            Host h = new Host(env, children, client.binary());
            host.complete(h);
            return h;
        });
        try (Core _ = TestScenario.start(TestScenario.withDefaults("""
                <start name="host"> <resource name="RAM" quantum="2M"/> </start>
                """), hostBinary)) {
            Host h = host.get(10, TimeUnit.SECONDS);
            assertThat(client.env().label()).isEqualTo("init -> host -> client");

            // routed by the host: to the clock (the client was started first, so it may wait) and up to init
            TimerSession timer = client.env().session(TimerSession.class, "tick");
            assertThat(timer.elapsedMs()).isNotNegative();
            boolean platformInfo = client.onEp(env -> {
                try (AttachedRom info = new AttachedRom(env, "platform_info")) {
                    return info.valid();
                }
            });
            assertThat(platformInfo).isTrue();

            // the config ROM the host handed over, reconfigured by publishing to it
            String level = client.onEp(env -> env.config().xml().attribute("level", "?"));
            assertThat(level).isEqualTo("1");
            h.env.ep().call(() -> {
                h.clientConfig.set("<config level=\"2\"/>");
                return null;
            });
            level = client.onEp(env -> {
                env.config().update();
                return env.config().xml().attribute("level", "?");
            });
            assertThat(level).isEqualTo("2");

            // an announcement the runtime did not issue is refused
            assertThatThrownBy(() -> client.env().session(RomSession.class, "forged"))
                    .isInstanceOf(ServiceDeniedException.class).hasMessageContaining("not an announcement of the runtime");

            // killed with a reason: the stage completes, the thread has ended, its sessions are gone
            h.env.ep().call(() -> h.client.kill("the user closed it")).toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertThat(h.client.ended()).isTrue();
            assertThatThrownBy(timer::elapsedMs).isInstanceOf(SessionClosedException.class);

            assertThat(h.env.ep().call(() -> List.copyOf(h.offEntrypoint))).as("policy calls off the parent's entrypoint").isEmpty();
        }
    }

    @Test
    void aChildsFaultReachesItsParentsPolicy() throws Exception {
        CompletableFuture<Ending> ended = new CompletableFuture<>();
        Binary faulty = new Binary("faulty", env -> {
            env.ep().post(() -> {
                throw new IllegalStateException("kaputt");
            });
            return new Component() { };
        });
        Binary hostBinary = Binary.parent("host", (env, children) -> {
            children.start(new ChildSpec("faulty", faulty, env.ram().split(0, "faulty"), new RomModule("config")),
                    new ChildPolicy() {
                        @Override public Route route(RouteRequest request) { throw new ServiceDeniedException("nothing"); }

                        @Override public void announced(Announcement announcement) { }

                        @Override public void ended(Ending ending) { ended.complete(ending); }
                    });
            return new Component() { };
        });
        try (Core _ = TestScenario.start(TestScenario.withDefaults(
                "<start name=\"host\"> <resource name=\"RAM\" quantum=\"1M\"/> </start>"), hostBinary)) {
            assertThat(ended.get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(Ending.Faulted.class,
                    f -> assertThat(f.fault()).hasMessage("kaputt"));
        }
    }

    @Test
    void aParentServesItsChildAServiceOfItsOwnOnItsEntrypointPaidByTheChild() throws Exception {
        Probe client = new Probe("client");
        RomModule greeting = new RomModule("greeting");
        greeting.set("hello from the host");
        CompletableFuture<Env> host = new CompletableFuture<>();
        List<String> servedOn = new java.util.concurrent.CopyOnWriteArrayList<>();
        Binary hostBinary = Binary.parent("host", (env, children) -> {
            Announcement own = children.offer(RomSession.class, request -> {
                servedOn.add(env.ep().isCurrent() + " " + request.label() + " " + request.quota().quota());
                return greeting.session();
            });
            children.start(new ChildSpec("client", client.binary(), env.ram().split(256 * 1024, "client"), new RomModule("config")),
                    new ChildPolicy() {
                        @Override public Route route(RouteRequest request) { return new Route.ToService(own, "client -> " + request.label()); }

                        @Override public void announced(Announcement announcement) { }

                        @Override public void ended(Ending ending) { }
                    });
            host.complete(env);
            return new Component() { };
        });
        try (Core _ = TestScenario.start(TestScenario.withDefaults(
                "<start name=\"host\"> <resource name=\"RAM\" quantum=\"1M\"/> </start>"), hostBinary)) {
            String text = client.onEp(env -> {
                long before = env.ram().avail();
                try (AttachedRom rom = new AttachedRom(env, "greeting")) {
                    assertThat(env.ram().avail()).as("the child pays the session").isEqualTo(before - RomSession.class
                            .getAnnotation(org.jenode.base.ServiceName.class).ramQuota());
                    return new String(rom.bytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            });
            assertThat(text).isEqualTo("hello from the host");
            assertThat(servedOn).containsExactly("true client -> greeting 4096");
            assertThat(host.get(1, TimeUnit.SECONDS).ram().used()).as("the host's RAM: only the child's quantum").isEqualTo(256 * 1024);
        }
    }
}

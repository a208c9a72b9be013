package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Probe;
import org.jenode.base.testing.TestScenario;
import org.junit.jupiter.api.Test;

/** What crosses a session call is a value: checked, copied where mutable, and never the caller's object. */
class ValueBoundaryTest {

    private static final String SCENARIO = TestScenario.withDefaults("""
            <start name="server"> <resource name="RAM" quantum="1M"/> <provides> <service name="Echo"/> <service name="Keeper"/> </provides> </start>
            <start name="client"> <resource name="RAM" quantum="1M"/> </start>
            """);

    @Test
    void aListTheClientChangesAfterTheCallIsNotTheServersList() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(SCENARIO, EchoServer.binary("server"), client.binary())) {
            KeeperSession echo = client.env().session(KeeperSession.class, "");
            List<String> words = new ArrayList<>(List.of("trusted"));
            echo.remember(words);
            words.set(0, "forged");
            words.add("more");
            assertThat(echo.remembered()).containsExactly("trusted");
            assertThatThrownBy(() -> echo.remembered().add("x")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void nullAnywhereInAnArgumentIsAnInvalidRequestAndTheServerGoesOn() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(SCENARIO, EchoServer.binary("server"), client.binary())) {
            KeeperSession echo = client.env().session(KeeperSession.class, "");
            assertThatThrownBy(() -> echo.remember(null)).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("remember argument 1 is null");
            List<String> withNull = new ArrayList<>();
            withNull.add(null);
            assertThatThrownBy(() -> echo.remember(withNull)).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("[0] is null");
            assertThatThrownBy(() -> echo.relay(null)).isInstanceOf(InvalidRequestException.class);
            assertThat(echo.remembered()).isEmpty();
        }
    }

    @Test
    void aSessionOfTheClientsOwnMakingIsNoCapability() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(SCENARIO, EchoServer.binary("server"), client.binary())) {
            EchoSession echo = client.env().session(EchoSession.class, "");
            EchoSession forged = (EchoSession) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {EchoSession.class}, (p, m, a) -> { throw new StackOverflowError(); });
            assertThatThrownBy(() -> echo.relay(forged)).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("not a EchoSession capability that the runtime issued");
            assertThat(echo.relay(echo)).isEqualTo("server:client");
        }
    }

    @Test
    void aSubSessionAskedForAgainIsTheSameCapability() {
        Probe client = new Probe("client");
        try (Core _ = TestScenario.start(SCENARIO, EchoServer.binary("server"), client.binary())) {
            KeeperSession echo = client.env().session(KeeperSession.class, "");
            KeeperSession first = echo.twin();
            long distinct = IntStream.range(0, 120_000).mapToObj(i -> echo.twin()).filter(t -> t != first).count();
            assertThat(distinct).isZero();
            echo.close();
            assertThatThrownBy(first::remembered).isInstanceOf(SessionClosedException.class);
        }
    }
}

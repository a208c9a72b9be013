package org.jenode.scenarios.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jenode.base.Dataspace;
import org.jenode.base.SessionArgs;
import org.jenode.framebuffer.Mode;
import org.jenode.nitpicker.NitpickerSession;
import org.junit.jupiter.api.Test;

/**
 * The kept-dataspace attack: a client with an 8 MB donation re-declares its buffer again and again and
 * keeps every old {@code dataspace()} it was handed. Each old buffer is unmapped when the next one is
 * allocated, so the process maps no more than the donation for it, the client's old views fail on
 * access, and another client's paid allocation still succeeds.
 */
class KeptDataspaceTest {

    private static final int DONATION = 8 << 20;
    private static final Mode ALMOST_ALL = new Mode(1400, 1400); // 7.84 MB, just inside the donation
    private static final int ROUNDS = 60;

    @Test
    void keptBuffersAreUnmappedAndCostNothingBeyondTheDonation() throws IOException {
        try (HostileDesk desk = new HostileDesk("16M")) {
            desk.awaitBystander();
            long before = residentBytes();
            List<Dataspace> kept = desk.evil.onEp(env -> {
                NitpickerSession gui = env.session(NitpickerSession.class, "hoarder", SessionArgs.ramQuota(DONATION + (64 << 10)));
                List<Dataspace> all = new ArrayList<>();
                for (int i = 0; i < ROUNDS; i++) {
                    gui.buffer(new Mode(ALMOST_ALL.width(), ALMOST_ALL.height() - (i % 2)), false);
                    Dataspace d = gui.framebuffer().dataspace();
                    d.bytes().put(0, (byte) i); // touch it, as a client that draws would
                    all.add(d);
                }
                return all;
            });
            long grown = residentBytes() - before;
            assertThat(grown).as("resident growth after %d kept buffers of %d bytes", ROUNDS, ALMOST_ALL.bytes())
                    .isLessThan(2L * DONATION);
            for (Dataspace old : kept.subList(0, ROUNDS - 1))
                assertThatThrownBy(() -> old.bytes().get(0)).isInstanceOf(IllegalStateException.class);
            assertThat(kept.getLast().bytes().get(0)).isEqualTo((byte) (ROUNDS - 1));

            // Another client pays for a buffer of the same size: the memory is really there for it.
            int paid = desk.witness.onEp(env -> {
                NitpickerSession other = env.session(NitpickerSession.class, "honest", SessionArgs.ramQuota(DONATION + (64 << 10)));
                other.buffer(ALMOST_ALL, false);
                return other.framebuffer().dataspace().size();
            });
            assertThat(paid).isEqualTo(ALMOST_ALL.bytes());
            desk.awaitBystander();
            assertThat(desk.casualties()).isEmpty();
        }
    }

    /** The process's resident set, from the kernel's own count. */
    private static long residentBytes() throws IOException {
        String[] statm = Files.readString(Path.of("/proc/self/statm")).trim().split("\\s+");
        return Long.parseLong(statm[1]) * 4096;
    }
}

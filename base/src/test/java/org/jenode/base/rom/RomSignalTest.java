package org.jenode.base.rom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jenode.base.Entrypoint;
import org.jenode.base.WaitGraph;
import org.junit.jupiter.api.Test;

/** A reader hears of every change after its last fetch, also one that came before it registered. */
class RomSignalTest {

    @Test
    void aChangeBetweenFetchAndRegistrationIsSignalled() throws InterruptedException {
        RomModule module = new RomModule("layout", "<old/>".getBytes());
        RomSession reader = module.session();
        reader.dataspace();
        module.set("<new/>");
        CountDownLatch heard = new CountDownLatch(1);
        reader.sigh(new Entrypoint("reader", new WaitGraph()).handler(heard::countDown));
        assertThat(heard.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(reader.update()).isFalse();
    }
}

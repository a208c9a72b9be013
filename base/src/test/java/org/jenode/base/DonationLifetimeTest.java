package org.jenode.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A session's donation outlives its client's account: what a server allocated from it stays readable
 * until the session ends, and the client's quota goes back to its funder, to the byte, only then.
 */
class DonationLifetimeTest {

    @Test
    void aDonationsMemoryStaysUntilItsSessionEndsAndThenTheQuotaComesBackWhole() {
        RamAccount init = RamAccount.root("init", 1 << 20);
        RamAccount child = init.split(256 << 10, "child");
        RamAccount donation = child.donate(64 << 10, "child -> gui");
        RamAccount plain = child.split(16 << 10, "child -> grandchild");
        Dataspace own = child.allocate(4096), grandchild = plain.allocate(4096), buffer = donation.allocate(32 << 10);
        buffer.ints().put(0, 0x2a4d69);

        child.close();
        assertThat(own.freed()).as("the child's own memory").isTrue();
        assertThat(grandchild.freed()).as("a split that no session holds").isTrue();
        assertThat(buffer.ints().get(0)).as("the server's buffer, while its session lasts").isEqualTo(0x2a4d69);
        assertThat(init.avail()).as("init's quota while the session lasts").isEqualTo((1 << 20) - (256 << 10));
        assertThatThrownBy(() -> child.allocate(16)).isInstanceOf(SessionClosedException.class);
        assertThatThrownBy(() -> child.transfer(16, donation)).isInstanceOf(SessionClosedException.class);

        donation.close(); // the session ends
        assertThat(buffer.freed()).isTrue();
        assertThat(init.avail()).as("init's quota once the session ended").isEqualTo(1 << 20);
        assertThat(init.used()).isZero();
        child.close();
        donation.close();
        assertThat(init.avail()).as("closing again returns nothing twice").isEqualTo(1 << 20);
    }

    @Test
    void anAccountWithoutHeldDonationsReturnsItsQuotaAtOnce() {
        RamAccount init = RamAccount.root("init", 1 << 20);
        RamAccount child = init.split(256 << 10, "child");
        RamAccount donation = child.donate(64 << 10, "child -> gui");
        donation.close();
        child.close();
        assertThat(init.avail()).isEqualTo(1 << 20);
    }
}

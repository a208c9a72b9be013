package org.jenode.nitpicker.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jenode.base.QuotaExceededException;
import org.jenode.base.RamAccount;
import org.jenode.nitpicker.ViewHandle;
import org.junit.jupiter.api.Test;

/** Handles as Genode's Handle_registry keeps them, paid for by the session. */
class HandleRegistryTest {

    private final RamAccount quota = RamAccount.root("test", 10 * HandleRegistry.HANDLE_COST);
    private final HandleRegistry handles = new HandleRegistry(quota);

    @Test
    void aDesignatedHandleInUseIsReBoundToTheImportedView() {
        View mine = new View(null, null), theirs = new View(null, null);
        ViewHandle h = handles.created(mine);
        assertThat(handles.imported(theirs, h)).isEqualTo(h);
        assertThat(handles.lookup(h)).containsSame(theirs);
        assertThat(mine.destroyed()).as("the view it named lives on").isFalse();
        assertThat(handles.imported(mine, new ViewHandle(Integer.MAX_VALUE))).isEqualTo(new ViewHandle(Integer.MAX_VALUE));
        assertThat(handles.lookup(new ViewHandle(Integer.MAX_VALUE))).containsSame(mine);
        assertThat(quota.used()).isEqualTo(2L * HandleRegistry.HANDLE_COST);
        handles.imported(mine, h); // re-bound again: the replaced import is paid back
        assertThat(quota.used()).isEqualTo(2L * HandleRegistry.HANDLE_COST);
    }

    @Test
    void aHandleOfADestroyedViewNamesNothing() {
        View v = new View(null, null);
        ViewHandle h = handles.imported(v, ViewHandle.NONE);
        v.destroy();
        assertThat(handles.lookup(h)).isEmpty();
        handles.release(h);
        assertThat(quota.used()).isZero();
    }

    @Test
    void importsArePaidForAndDestroyingAViewDropsEveryHandleOfIt() {
        View v = new View(null, null);
        ViewHandle created = handles.created(v);
        for (int i = 0; i < 10; i++) handles.imported(v, ViewHandle.NONE);
        assertThatThrownBy(() -> handles.imported(v, ViewHandle.NONE)).isInstanceOf(QuotaExceededException.class);
        handles.releaseAll(v);
        assertThat(quota.used()).isZero();
        assertThat(handles.lookup(created)).isEmpty();
    }
}

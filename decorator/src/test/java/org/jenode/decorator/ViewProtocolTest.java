package org.jenode.decorator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jenode.base.geometry.Point;
import org.jenode.base.geometry.Rect;
import org.jenode.base.testing.Await;
import org.jenode.nitpicker.Command;
import org.jenode.nitpicker.ViewHandle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the wm sees of the decorator: per window a content view titled with the window id before it is
 * first stacked, then the borders in front of it; each window stacked in front of the one behind it,
 * or to the very front when new or topped; geometry only when it changed; all of a sync in one
 * {@code execute()}, after drawing, and only the areas that changed refreshed.
 */
class ViewProtocolTest {

    private final DecoratorDesk desk = new DecoratorDesk();

    @AfterEach void stop() { desk.close(); }

    /** A window's five views, as its first batch introduced them. */
    private record Views(ViewHandle content, ViewHandle top, ViewHandle left, ViewHandle right, ViewHandle bottom) { }

    private List<Command> nextBatch(int after) {
        return Await.answer("an execute() after batch " + after, desk.recorder::batches, b -> b.size() > after).get(after);
    }

    /** Checks the commands that introduce window {@code id} and returns its views. */
    private static Views introduced(List<Command> batch, int id, ViewHandle behind, Rect inner, Rect outer) {
        Command.Title title = batch.stream().filter(c -> c instanceof Command.Title t && t.title().equals(Integer.toString(id)))
                .map(Command.Title.class::cast).findFirst().orElseThrow(() -> new AssertionError("no title " + id + " in " + batch));
        ViewHandle content = title.view();
        int at = batch.indexOf(new Command.ToFront(content, behind));
        assertThat(at).as("content stacked after its title").isGreaterThan(batch.indexOf(title));
        List<Command> chain = batch.subList(at + 1, at + 5);
        ViewHandle top = ((Command.ToFront) chain.get(0)).view(), left = ((Command.ToFront) chain.get(1)).view();
        ViewHandle right = ((Command.ToFront) chain.get(2)).view(), bottom = ((Command.ToFront) chain.get(3)).view();
        assertThat(chain).containsExactly(new Command.ToFront(top, content), new Command.ToFront(left, top),
                new Command.ToFront(right, left), new Command.ToFront(bottom, right));
        assertThat(batch.subList(at + 5, at + 15)).containsExactly(
                new Command.Geometry(content, inner), new Command.Offset(content, origin(inner)),
                new Command.Geometry(top, new Rect(outer.x(), outer.y(), outer.width(), inner.y() - outer.y())),
                new Command.Offset(top, new Point(-outer.x(), -outer.y())),
                new Command.Geometry(left, new Rect(outer.x(), inner.y(), inner.x() - outer.x(), inner.height())),
                new Command.Offset(left, new Point(-outer.x(), -inner.y())),
                new Command.Geometry(right, new Rect(inner.right(), inner.y(), outer.right() - inner.right(), inner.height())),
                new Command.Offset(right, new Point(-inner.right(), -inner.y())),
                new Command.Geometry(bottom, new Rect(outer.x(), inner.bottom(), outer.width(), outer.bottom() - inner.bottom())),
                new Command.Offset(bottom, new Point(-outer.x(), -inner.bottom())));
        return new Views(content, top, left, right, bottom);
    }

    private static Point origin(Rect r) { return new Point(-r.x(), -r.y()); }

    @Test
    void onlyWhatChangedIsRedrawnAndRefreshed() {
        desk.start("decorator", "<config/>");
        desk.layout(MotifFrameTest.window(1, 100, 80, "") + MotifFrameTest.window(2, 400, 80, ""));
        Rect one = new Rect(96, 60, 208, 174), two = new Rect(396, 60, 208, 174);
        Await.until("both windows refreshed", () -> desk.recorder.refreshed().stream().anyMatch(r -> r.contains(one))
                && desk.recorder.refreshed().stream().anyMatch(r -> r.contains(two)));
        desk.recorder.forget();

        desk.layout(MotifFrameTest.window(1, 100, 80, "focused=\"yes\"") + MotifFrameTest.window(2, 400, 80, ""));
        desk.awaitRgb("window 1's focus faded in", 97, 150, Colors.rgb(115, 119, 135));
        desk.layout(MotifFrameTest.window(1, 100, 80, "focused=\"yes\"") + MotifFrameTest.window(2, 400, 80, "").replace("win 2", "x"));
        Await.until("window 2 refreshed after its title changed", () -> desk.recorder.refreshed().stream().anyMatch(r -> r.intersects(two)));
        List<Rect> refreshed = desk.recorder.refreshed();
        Rect firstOfTwo = refreshed.stream().filter(r -> r.intersects(two)).findFirst().orElseThrow();
        assertThat(refreshed.subList(0, refreshed.indexOf(firstOfTwo))).as("the focus fade refreshed window 1 alone, step by step")
                .hasSizeGreaterThan(3).allMatch(one::contains);
        assertThat(refreshed).as("nothing outside the two frames").allMatch(r -> one.contains(r) || two.contains(r));
    }

    @Test
    void windowsAppearMoveRestackAndGo() {
        desk.start("decorator", "<config/>");
        desk.layout(MotifFrameTest.window(1, 100, 80, ""));
        Views one = introduced(nextBatch(0), 1, ViewHandle.NONE, new Rect(100, 80, 200, 150), new Rect(96, 60, 208, 174));

        desk.layout(MotifFrameTest.window(2, 300, 100, "") + MotifFrameTest.window(1, 100, 80, ""));
        List<Command> second = nextBatch(1);
        Views two = introduced(second, 2, ViewHandle.NONE, new Rect(300, 100, 200, 150), new Rect(296, 80, 208, 174));
        assertThat(second).as("window 1 stays where it is").noneMatch(c -> c.view().equals(one.content()));

        desk.layout(MotifFrameTest.window(1, 100, 80, "") + MotifFrameTest.window(2, 300, 100, ""));
        assertThat(nextBatch(2)).as("window 1 restacked in front of window 2, nothing else").containsExactly(
                new Command.ToFront(one.content(), two.bottom()), new Command.ToFront(one.top(), one.content()),
                new Command.ToFront(one.left(), one.top()), new Command.ToFront(one.right(), one.left()),
                new Command.ToFront(one.bottom(), one.right()));

        desk.layout(MotifFrameTest.window(1, 100, 80, "focused=\"yes\"") + MotifFrameTest.window(2, 300, 100, "topped=\"1\""));
        List<Command> topped = nextBatch(3);
        assertThat(topped).as("topped window 2 to the very front, window 1 follows it").startsWith(
                new Command.ToFront(two.content(), ViewHandle.NONE), new Command.ToFront(two.top(), two.content()),
                new Command.ToFront(two.left(), two.top()), new Command.ToFront(two.right(), two.left()),
                new Command.ToFront(two.bottom(), two.right()), new Command.ToFront(one.content(), two.bottom()));
        assertThat(topped).as("no geometry for a focus change").noneMatch(c -> c instanceof Command.Geometry);

        desk.layout(MotifFrameTest.window(1, 120, 90, "focused=\"yes\"") + MotifFrameTest.window(2, 300, 100, "topped=\"1\""));
        List<Command> moved = nextBatch(4);
        assertThat(moved).as("a move places window 1's views and nothing else").hasSize(10)
                .contains(new Command.Geometry(one.content(), new Rect(120, 90, 200, 150)), new Command.Offset(one.content(), new Point(-120, -90)))
                .allMatch(c -> List.of(one.content(), one.top(), one.left(), one.right(), one.bottom()).contains(c.view()));

        desk.layout(MotifFrameTest.window(2, 300, 100, "topped=\"1\""));
        Await.until("window 1's views destroyed", () -> desk.recorder.destroyed().containsAll(
                List.of(one.content(), one.top(), one.left(), one.right(), one.bottom())));
        assertThat(desk.recorder.destroyed()).doesNotContain(two.content());
    }
}

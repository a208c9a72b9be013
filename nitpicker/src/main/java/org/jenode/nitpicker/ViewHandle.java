package org.jenode.nitpicker;

/** A view as its session knows it; meaningless to any other session. */
public record ViewHandle(int id) {

    /** No view: a top-level view's parent, a command without neighbour. */
    public static final ViewHandle NONE = new ViewHandle(-1);

    public boolean valid() { return id >= 0; }
}

package org.jenode.decorator;

/**
 * A value that glides to its destination (Genode's {@code Lazy_value}): it accelerates for the first
 * half of the distance and brakes for the second, so that it arrives in about the number of steps it
 * was given. Renderers animate colours in 8.4 fixed point and alpha values with it, one step per sync.
 */
public final class LazyValue {

    private int current;
    private int destination;
    private int speed;
    private int accel = 1;

    public LazyValue(int value) {
        current = value;
        destination = value;
    }

    public int value() { return current; }

    public int destination() { return destination; }

    public boolean settled() { return current == destination; }

    /** Heads for {@code value}, arriving in about {@code steps} steps. */
    public void moveTo(int value, int steps) {
        destination = value;
        int delta = Math.abs(current - destination);
        int n = Math.max(1, steps);
        accel = Math.max(1, 4 * delta / (n * n));
        speed = 0;
    }

    /** One step; true if the value changed. */
    public boolean animate() {
        if (current == destination) {
            speed = 0;
            return false;
        }
        int before = current;
        current = current > destination ? Math.max(destination, current - speed) : Math.min(destination, current + speed);
        int delta = Math.abs(current - destination);
        if ((long) speed * speed < (long) delta * accel) speed += accel;
        else speed -= accel;
        speed = Math.max(1, speed);
        return current != before;
    }
}

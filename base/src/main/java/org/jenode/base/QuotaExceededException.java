package org.jenode.base;

/** An allocation or donation exceeded what the paying account has left. */
public final class QuotaExceededException extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final long available;

    public QuotaExceededException(String account, long requested, long available) {
        super("quota exceeded for " + account + ": needs " + requested + " bytes, " + available + " left");
        this.available = available;
    }

    public long available() { return available; }
}

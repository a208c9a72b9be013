package org.jenode.base;

/** An allocation or donation exceeded what the paying account has left. */
public final class QuotaExceededException extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final String account;
    private final long requested;
    private final long available;

    public QuotaExceededException(String account, long requested, long available) {
        super("quota exceeded for " + account + ": needs " + requested + " bytes, " + available + " left");
        this.account = account;
        this.requested = requested;
        this.available = available;
    }

    public String account() { return account; }

    public long requested() { return requested; }

    public long available() { return available; }
}

package dev.canopy.platform.errors;

import java.util.List;

/** A business rule said no; the mapper turns it into a problem with this status. */
public abstract class DomainException extends RuntimeException {

    private final int status;
    private final String title;

    protected DomainException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The offending fields, for a problem about invalid input. */
    public List<Problem.Violation> violations() {
        return List.of();
    }
}

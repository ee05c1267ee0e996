package dev.canopy.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What the application logs at ERROR level while a test runs: install, act, then read {@link #records()}. */
public final class ErrorLog extends Handler {

    private final List<String> records = new CopyOnWriteArrayList<>();

    public static ErrorLog install() {
        ErrorLog log = new ErrorLog();
        Logger.getLogger("").addHandler(log);
        return log;
    }

    public void uninstall() {
        Logger.getLogger("").removeHandler(this);
    }

    /** Each record as logger, message and exception, so that a failing test shows what went wrong. */
    public List<String> records() {
        return List.copyOf(records);
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
            records.add(record.getLoggerName() + ": " + record.getMessage()
                    + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}

package vn.smartcity.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The demo day's clock: it stands still until the day's timeline moves it on, so that dossier
 * codes, payment times and processing steps carry the times of the story without any waiting.
 * Never moves backwards.
 */
final class DemoClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    DemoClock(LocalDateTime start, ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.now = start.atZone(zone).toInstant();
    }

    /** Moves the clock on to a local time of the day's zone; a time already past is refused. */
    void moveTo(LocalDateTime time) {
        Instant next = time.atZone(zone).toInstant();
        if (next.isBefore(now)) {
            throw new IllegalArgumentException("the demo clock cannot go back from " + localNow() + " to " + time);
        }
        now = next;
    }

    /** The local time in the day's zone. */
    LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        // A snapshot is enough: callers read the time at once.
        return Clock.fixed(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}

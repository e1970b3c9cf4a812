package io.smsgateway.it;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid destination numbers, distinct per call, so that anti-flooding counts never mix between tests.
 * Each number carries three digits of the run (its start time) and four of a per-run sequence.
 */
public final class TestNumbers {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 9000));
    private static final int RUN = (int) ((System.currentTimeMillis() / 1000) % 1000);

    private TestNumbers() {
    }

    /** An Italian mobile number (+39 347 ...), valid for libphonenumber and routed to the simulator in the tests. */
    public static String italianMobile() {
        return italianMobile(RUN, NEXT.incrementAndGet());
    }

    /** A valid Japanese mobile number: no provider serves +81 in the test configuration. */
    public static String japaneseMobile() {
        return japaneseMobile(RUN, NEXT.incrementAndGet());
    }

    static String italianMobile(int run, int sequence) {
        return "+39347" + digits(run, 3) + digits(sequence, 4);
    }

    /**
     * +81 901 ...: Japanese mobile numbers are 90 followed by a digit from 1 to 9, so the run's digits
     * must not come straight after the 90 (a run whose middle digit was 0 made an invalid number).
     */
    static String japaneseMobile(int run, int sequence) {
        return "+81901" + digits(run, 3) + digits(sequence, 4);
    }

    private static String digits(int value, int count) {
        return String.format("%0" + count + "d", Math.floorMod(value, (int) Math.pow(10, count)));
    }
}

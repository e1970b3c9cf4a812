package io.smsgateway.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClusterShareTest {

    @Test
    void eachInstanceTakesItsPartOfTheLimit() {
        assertEquals(2_500, new ClusterShare(2).of(5_000));
        assertEquals(33, new ClusterShare(3).of(100));
        assertEquals(5_000, new ClusterShare(1).of(5_000));
    }

    @Test
    void aPartIsNeverBelowOneSoThatEveryInstanceCanStillSend() {
        assertEquals(1, new ClusterShare(4).of(3));
    }

    @Test
    void aMissingOrNonsensicalInstanceCountCountsAsOneInstance() {
        assertEquals(50, new ClusterShare(0).of(50));
        assertEquals(50, new ClusterShare(-2).of(50));
    }
}

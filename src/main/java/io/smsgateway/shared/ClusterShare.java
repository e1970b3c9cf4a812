package io.smsgateway.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's part of a limit that holds for the whole cluster ({@code gateway.cluster.instances}
 * instances behind one database): the limit divided by the number of instances, at least 1. Each
 * instance keeps its own part without asking the others, so the cluster never exceeds the limit; an
 * instance that is down leaves its part unused.
 */
@ApplicationScoped
public class ClusterShare {

    @Inject
    @ConfigProperty(name = "gateway.cluster.instances", defaultValue = "1")
    private int instances;

    public ClusterShare() {
    }

    /** Outside a container (unit tests): a cluster of {@code instances}. */
    public ClusterShare(int instances) {
        this.instances = instances;
    }

    public int of(int clusterLimit) {
        return Math.max(1, clusterLimit / Math.max(1, instances));
    }
}

package io.smsgateway.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment under test is the WAR exactly as {@code mvn package} builds it. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive gateway() {
        File war = new File("target/sms-gateway.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/sms-gateway.war is missing; run the tests through mvn verify");
        }
        return ShrinkWrap.create(ZipImporter.class, "sms-gateway.war").importFrom(war).as(WebArchive.class);
    }
}

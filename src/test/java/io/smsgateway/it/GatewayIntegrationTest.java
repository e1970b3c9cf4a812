package io.smsgateway.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that talks to the gateway as shipped, deployed by Arquillian on Payara Micro, only through
 * HTTP. The container (database, providers) is chosen by the failsafe execution that runs the class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class GatewayIntegrationTest {

    @ArquillianResource
    protected URL deploymentUrl;

    protected GatewayClient client;
    protected Fixtures fixtures;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gateway();
    }

    @BeforeEach
    void connect() {
        client = new GatewayClient(deploymentUrl);
        fixtures = new Fixtures(client);
    }
}

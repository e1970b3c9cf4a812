/**
 * The database underneath every capability, the same on each server: the connection pool declared in
 * {@code WEB-INF/web.xml} whose target (embedded H2 or PostgreSQL) {@link io.smsgateway.persistence.GatewayDataSource}
 * reads from MicroProfile Config, the schema brought up to date by Flyway in
 * {@link io.smsgateway.persistence.DatabaseMigration} before anything else runs, EclipseLink (packaged in
 * the WAR, joined to WildFly's transactions by {@link io.smsgateway.persistence.ServerPlatformCustomizer}),
 * {@link io.smsgateway.persistence.GroupCommit}, which gathers concurrent writes into one transaction, and
 * {@link io.smsgateway.persistence.InLists} for IN lists of any length.
 * Knows no capability package.
 */
package io.smsgateway.persistence;

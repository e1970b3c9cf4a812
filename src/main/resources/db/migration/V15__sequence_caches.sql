-- H2 writes a sequence's new high mark in a commit of its own, a store of every page the database has
-- changed since its last one, each time the values it keeps in memory run out (32 by default). Every
-- message takes a number from message_number_seq as it is stored, so that was such a store every 32
-- messages, inside the transaction that stores them; with 1,000 values kept it is one every 1,000. The
-- status history takes its ids in blocks of 50 from status_change_seq, four or more per message.
-- PostgreSQL keeps the values per connection instead: numbers stay unique, with a gap where a connection
-- closes before it used its range, and no longer follow the order of acceptance across connections.
alter sequence message_number_seq cache 1000;
alter sequence status_change_seq cache 1000;

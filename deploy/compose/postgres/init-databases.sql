-- Run once by the postgres image on an empty data directory: one database per service.
CREATE DATABASE huike_case;
CREATE DATABASE huike_roster;
CREATE DATABASE huike_outreach;
CREATE DATABASE huike_reporting;

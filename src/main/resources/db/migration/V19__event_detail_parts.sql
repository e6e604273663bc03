-- an audit-trail row's detail as its text keys and values (JSON), rendered when the history is shown;
-- detail keeps the text as written then (rows from before have only that)
alter table akn_measure_event add column detail_parts varchar(16000);

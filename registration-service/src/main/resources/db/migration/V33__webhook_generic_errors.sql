-- The delivery log a partner reads shows generic outcomes only (http-503, timeout, refused, unresolved, tls-failed,
-- target-not-allowed, failed), never the raw exception text (which named internal addresses and hosts). Attempts
-- logged before this migration are rewritten to the generic outcome; the details were in the operators' log.
update webhook_attempt
   set error = case
           when status_code is not null then 'http-' || status_code
           when error ilike 'not sent%' then 'target-not-allowed'
           when error ilike '%timeout%' or error ilike '%timed out%' then 'timeout'
           when error ilike '%UnknownHost%' or error ilike '%UnresolvedAddress%' then 'unresolved'
           when error ilike '%SSL%' or error ilike '%handshake%' then 'tls-failed'
           when error ilike '%Connect%' or error ilike '%refused%' then 'refused'
           else 'failed'
       end
 where error is not null or (status_code is not null and (status_code < 200 or status_code > 299));

#!/usr/bin/env python3
"""Latency of authenticated REST calls (issue #27, credential cache): one client, keep-alive, HTTP Basic as
km-kaarst. Start the application once as it is and once with --alliance.security.credential-cache=PT0S
and compare.   bench/basic-auth.py PORT [CALLS=1000] [PATH=/api/members]"""
import http.client, base64, time, sys
port=int(sys.argv[1]); n=int(sys.argv[2]) if len(sys.argv)>2 else 1000; path=sys.argv[3] if len(sys.argv)>3 else "/api/members"
auth="Basic "+base64.b64encode(b"km-kaarst:demo").decode()
c=http.client.HTTPConnection("127.0.0.1",port)
for i in range(50):
    c.request("GET",path,headers={"Authorization":auth}); r=c.getresponse(); r.read()
ts=[]
for i in range(n):
    t=time.perf_counter(); c.request("GET",path,headers={"Authorization":auth}); r=c.getresponse(); r.read(); ts.append((time.perf_counter()-t)*1000)
    assert r.status==200, r.status
ts.sort()
print(f"{path} n={n} median={ts[n//2]:.2f} ms p95={ts[int(n*0.95)]:.2f} ms mean={sum(ts)/n:.2f} ms")

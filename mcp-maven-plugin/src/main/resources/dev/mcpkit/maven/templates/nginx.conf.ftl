# [=name] [=version] behind nginx, written by mcp:package (-Dmcp.image): put it in nginx's http block (conf.d/).
# Start each instance with the same MCP_SESSION_KEY (openssl rand -base64 32), MCP_TRANSPORT=http, MCP_HOST=0.0.0.0,
# MCP_PORT=[=port?c] and MCP_PUBLIC_URL=https://mcp.example.com/mcp; list them below. Sessions are routed by their id,
# so what lives in one instance (a call asking the client for input, the GET stream) works; when an instance dies,
# another takes its sessions up.
upstream [=name] {
  hash $http_mcp_session_id consistent;
  server 127.0.0.1:[=port?c] max_fails=1 fail_timeout=30s;
  # server 10.0.0.12:[=port?c] max_fails=1 fail_timeout=30s;
  keepalive 64;
  keepalive_timeout 20s;   # below the server's 30 s idle limit: nginx never sends on a connection the server is closing
}
server {
  listen 443 ssl;
  server_name mcp.example.com;
  ssl_certificate     /etc/ssl/certs/mcp.example.com.pem;
  ssl_certificate_key /etc/ssl/private/mcp.example.com.key;
  location /mcp {
    proxy_pass http://[=name];
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $host;
    proxy_buffering off;
    proxy_read_timeout 1h;
  }
  location /.well-known/oauth-protected-resource {
    proxy_pass http://[=name];
    proxy_set_header Host $host;
  }
}

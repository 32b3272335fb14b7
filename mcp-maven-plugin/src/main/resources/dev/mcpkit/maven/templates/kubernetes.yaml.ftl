# [=name] [=version] on Kubernetes, written by mcp:package (-Dmcp.image). Apply with:
#   kubectl create secret generic [=name]-settings --from-literal=MCP_SESSION_KEY="$(openssl rand -base64 32)" \
#     --from-literal=<each setting the server needs, see its --help>=...
#   kubectl apply -f kubernetes.yaml
# Every setting of the server (and MCP_OAUTH_ISSUER, MCP_PUBLIC_URL...) comes from the Secret [=name]-settings;
# MCP_SESSION_KEY lets each replica take up the sessions of the others. Load the image into your registry first:
#   [=loadCommand]
apiVersion: apps/v1
kind: Deployment
metadata:
  name: [=name]
  labels:
    app.kubernetes.io/name: [=name]
    app.kubernetes.io/version: "[=version]"
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: [=name]
  template:
    metadata:
      labels:
        app.kubernetes.io/name: [=name]
        app.kubernetes.io/version: "[=version]"
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: [=uid]
        runAsGroup: [=uid]
        fsGroup: [=uid]
      containers:
        - name: [=name]
          image: [=image]
          ports:
            - name: http
              containerPort: [=port?c]
          envFrom:
            - secretRef:
                name: [=name]-settings
          readinessProbe:
            httpGet:
              path: /health
              port: http
            periodSeconds: 5
          livenessProbe:
            httpGet:
              path: /health
              port: http
            initialDelaySeconds: 10
            periodSeconds: 10
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              memory: 512Mi
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: ["ALL"]
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir: {}
---
apiVersion: v1
kind: Service
metadata:
  name: [=name]
  labels:
    app.kubernetes.io/name: [=name]
spec:
  selector:
    app.kubernetes.io/name: [=name]
  ports:
    - name: http
      port: 80
      targetPort: http
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: [=name]
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: [=name]
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70
---
# ingress-nginx: TLS ends here; each session stays on one replica (routed by Mcp-Session-Id), answers are streamed
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: [=name]
  annotations:
    nginx.ingress.kubernetes.io/upstream-hash-by: "$http_mcp_session_id"
    nginx.ingress.kubernetes.io/proxy-buffering: "off"
    nginx.ingress.kubernetes.io/proxy-read-timeout: "3600"
spec:
  ingressClassName: nginx
  tls:
    - hosts: [mcp.example.com]
      secretName: [=name]-tls
  rules:
    - host: mcp.example.com
      http:
        paths:
          - path: /mcp
            pathType: Prefix
            backend:
              service:
                name: [=name]
                port:
                  name: http
          - path: /.well-known/oauth-protected-resource
            pathType: Prefix
            backend:
              service:
                name: [=name]
                port:
                  name: http

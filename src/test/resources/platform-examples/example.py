import requests

url = "https://api.voximplant.com/platform_api/SendSmsMessage"

querystring = {"source":"447443332211","destination":"447443332212","sms_body":"Test message","store_body":"true"}

payload = {}
headers = {
    "Authorization": "Bearer <token>",
    "Content-Type": "application/json"
}

response = requests.post(url, json=payload, headers=headers, params=querystring)

print(response.json())

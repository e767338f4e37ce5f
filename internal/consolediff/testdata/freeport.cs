using System;
using System.Net;
using System.Net.Sockets;

// The free-port trick of OAuth loopback receivers and test servers: bind
// port 0 with a TcpListener, read the port the system chose, stop, then
// start an HttpListener there.
class Program
{
    static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    static void Main()
    {
        int port = FreePort();
        Console.WriteLine("free port in range: " + (port > 0 && port < 65536));

        var listener = new HttpListener();
        listener.Prefixes.Add("http://127.0.0.1:" + port + "/");
        listener.Start();
        Console.WriteLine("listening: " + listener.IsListening);

        var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        int taken = ((IPEndPoint)busy.LocalEndpoint).Port;
        var second = new TcpListener(IPAddress.Loopback, taken);
        try
        {
            second.Start();
            Console.WriteLine("second bind succeeded");
        }
        catch (SocketException e)
        {
            Console.WriteLine("SocketException " + e.ErrorCode + ": " + e.Message);
        }
        busy.Stop();
        second.Start();
        Console.WriteLine("rebind after stop: " + (((IPEndPoint)second.LocalEndpoint).Port == taken));
        second.Stop();
        listener.Stop();
        Console.WriteLine("address: " + ((IPEndPoint)busy.LocalEndpoint).Address);
    }
}

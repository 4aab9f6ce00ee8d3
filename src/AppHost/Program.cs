Console.WriteLine("PureConnect.Orleans AppHost");
